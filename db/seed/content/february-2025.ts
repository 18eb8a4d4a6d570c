import type { DemoIssue } from "../types";

/** The demo edition, written in our own words from the facts in shared/demo-facts.md. */
export const february2025: DemoIssue = {
  slug: "chinese-innovation-news-february-2025",
  title: "Chinese Innovation News – February 2025",
  summary:
    "In this edition we look at a space station that turns exhaled carbon dioxide into oxygen and rocket-fuel ingredients, a photonic chip that entangles light on demand, a Beijing facility built for the most extreme conditions in physics, and a month in which Chinese generative AI moved from headlines into ports, phones and town halls.",
  publishedAt: "2025-03-24T08:00:00Z",
  status: "published",
  categories: ["china", "future"],
  authorSlug: "mei-lin-hartmann",
  cover: { image: "/demo/covers/2025-02.svg", alt: "Abstract composition of circles and waves in teal and amber", width: 1600, height: 900 },
  seoDescription: "Artificial photosynthesis on Tiangong, an on-chip quantum light source, the SECUF extreme-conditions lab, a nickel superconductor, widebody jets, battery repair by injection, and a generative AI roundup.",
  sections: [
    {
      kind: "story",
      title: "Tiangong crew makes oxygen and fuel ingredients from thin air",
      tldr: "Artificial photosynthesis on China's space station yields oxygen and ethylene",
      sourceUrl: "https://example.com/news/tiangong-artificial-photosynthesis",
      body: `Astronauts aboard the **Tiangong** station have run a small experiment with large consequences: semiconductor catalysts that take carbon dioxide and water and return oxygen together with ethylene, a building block for propellant. The reaction runs at cabin temperature and ordinary pressure, with no furnace and no high-pressure vessel.

Why that matters becomes clear next to the International Space Station, which splits water by electrolysis to make its oxygen. That process is power-hungry: life support takes something like a third of the station's solar budget. A catalyst that works with light and ambient conditions could free much of that energy.

The same chemistry can in principle be tuned towards methanol, formic acid and even simple sugars. For crews on the Moon or Mars, who will have plenty of carbon dioxide and very few supply flights, that is the difference between carrying air and making it.`,
      figure: {
        image: "/demo/2025-02/tiangong-photosynthesis.svg",
        alt: "Diagram: a space station above a reaction in which carbon dioxide and water pass a catalyst and become oxygen and ethylene",
        width: 1200,
        height: 750,
        caption: "Carbon dioxide and water in, oxygen and ethylene out, at room temperature and normal pressure.",
        credit: "Illustration: Dispatch",
      },
    },
    {
      kind: "story",
      title: "A photonic chip that entangles light on demand",
      tldr: "First on-chip continuous-variable cluster states, prepared deterministically",
      sourceUrl: "https://example.com/news/photonic-quantum-chip-cluster-states",
      body: `A team associated with **Prof. Wang Jianwei** has shown continuous-variable multipartite entanglement and cluster states on a single integrated photonic chip, a first. Pumping, control and measurement all sit on the chip, and the entangled states are produced deterministically rather than by luck, and can be reconfigured.

Cluster states are the raw material of measurement-based quantum computing, and of quantum networks in which many parties share entanglement. Doing it in light, on a chip that could one day be made in a foundry, is what makes the result interesting beyond the lab.

The announcement landed on the same day as Microsoft's Majorana 1, a chip that its makers say opens a path to a million qubits. The two approaches could hardly be more different, which is a reminder of how open the race to useful quantum hardware still is.`,
      figure: {
        image: "/demo/2025-02/photonic-chip.svg",
        alt: "Illustration of a dark chip package with a grid of fifteen connected nodes, representing a cluster state of light",
        width: 1200,
        height: 750,
        caption: "In a cluster state every node is entangled with its neighbours; here the whole grid lives on one chip.",
        credit: "Diagram: Dispatch",
      },
    },
    {
      kind: "story",
      title: "Beijing opens a laboratory for the edges of physics",
      tldr: "SECUF combines ultra-low temperature, huge fields, crushing pressure and attosecond light",
      sourceUrl: "https://example.org/science/secuf-extreme-conditions-facility",
      body: `The **Synergetic Extreme Condition User Facility** (SECUF), led by the Institute of Physics in Beijing and under construction since 2017, puts several extremes under one roof. Samples can be cooled to one millikelvin, held in a steady 30-tesla magnetic field (roughly 600,000 times Earth's), squeezed to 300 gigapascals, about the pressure at the centre of the Earth, and probed with laser pulses that last 100 attoseconds.

Each of those numbers exists somewhere else. Combining them is the point: many of the strangest states of matter only appear when several conditions are pushed at once.

The facility is open to researchers from around the world, who can apply for time much as astronomers apply for a telescope.`,
      figure: {
        image: "/demo/2025-02/extreme-conditions.svg",
        alt: "Four dial cards showing 1 millikelvin, 30 tesla, 300 gigapascals and 100 attoseconds",
        width: 1200,
        height: 750,
        caption: "Four extremes, one building: temperature, magnetic field, pressure and time resolution.",
        credit: "Graphic: Dispatch",
      },
    },
    {
      kind: "story",
      title: "Nickel joins the family of high-temperature superconductors",
      tldr: "A nickelate superconducts near −233 °C at ambient pressure",
      sourceUrl: "https://example.com/news/nickelate-superconductor-ambient-pressure",
      body: `Researchers reported a **nickelate** that becomes a superconductor above about −233 °C (roughly 40 kelvin) without being squeezed. Earlier nickel compounds only managed it under enormous pressure, which kept them curiosities.

With this result nickel becomes the third family of so-called unconventional superconductors, after the copper oxides of the 1980s and the iron compounds found in 2008. A third family gives theorists a new angle on a question that is still open: why some materials carry current with no resistance at all at temperatures far above what the textbook theory allows.

In the same month a Chinese–Austrian team working with TU Wien described an alloy of zirconium, cobalt, iron and niobium that barely expands or shrinks between −270 °C and 167 °C. Materials like that are prized wherever parts must keep their shape through wild temperature swings: aircraft, satellites and precision electronics.`,
    },
    {
      kind: "story",
      title: "COMAC sets its sights on the widebody market",
      tldr: "After the C919, China plans the C929 and C939 to rival Boeing and Airbus",
      sourceUrl: "https://example.org/aviation/comac-widebody-plans",
      body: `**COMAC**, founded in 2008, already flies the regional C909 and the narrow-body C919, which has carried more than a million passengers since it entered service in 2023. The next step is the long-haul market.

Two widebodies are planned. The **C929** is meant to seat up to 440 people over about 12,000 kilometres, which puts it against the Boeing 787 and the Airbus A350; Air China placed an order by the end of 2024. The **C939**, still in early design, would compete with the 777 and the 747. Both are expected within about a decade.

The obstacles are familiar: certification by foreign regulators, the supply of engines, and export licences for the Western parts that Chinese aircraft still depend on.`,
      figure: {
        image: "/demo/2025-02/widebody-jet.svg",
        alt: "Illustration of a widebody airliner flying along a dashed arc between two points",
        width: 1200,
        height: 750,
        caption: "The C929 is planned for long-haul routes of up to about 12,000 kilometres.",
        credit: "Illustration: Dispatch",
      },
    },
    {
      kind: "story",
      title: "An injection that brings tired batteries back",
      tldr: "A lithium-carrying molecule restores worn cells to six times their cycle life",
      sourceUrl: "https://example.com/news/battery-lithium-injection-repair",
      body: `Lithium-ion cells age mostly because they lose active lithium, not because the rest of the cell wears out. A team spent four years searching for a molecule that could carry lithium back in, and settled on **lithium trifluoromethanesulfonate**. Injected into a worn cell, it restores the lost lithium.

In tests the treated cells lasted more than six times as many cycles. For an electric car charged twice a day, the researchers estimate a battery life of up to about 18 years.

If the method scales, fewer batteries would need replacing and less lithium would need mining. It also raises a question for battery-swapping networks, whose business rests partly on the idea that batteries wear out.`,
      figure: {
        image: "/demo/2025-02/battery-injection.svg",
        alt: "Illustration of a syringe injecting fluid into a battery cell with one depleted segment",
        width: 1200,
        height: 750,
        caption: "Restoring active lithium turns a worn cell back into a useful one.",
        credit: "Illustration: Dispatch",
      },
    },
    {
      kind: "story",
      title: "Three axes that shape the human brain",
      tldr: "Tens of thousands of scans reveal a genetic blueprint for the cortex",
      sourceUrl: "https://example.org/science/brain-cortex-blueprint",
      body: `By analysing tens of thousands of brain scans, researchers found that the cerebral cortex is organised along **three main axes**. Genes appear to lay down this large-scale structure first; the networks that carry our thoughts then grow along it.

A map of how the brain is supposed to be built makes it easier to see where development goes differently. The authors point to early childhood development and to conditions such as schizophrenia and autism as areas where the blueprint could help.

There is an engineering angle too: designers of brain-inspired chips and of brain–computer interfaces look for exactly this kind of organising principle.`,
    },
    {
      kind: "roundup",
      title: "Generative AI updates",
      tldr: "Open models, cheaper training and DeepSeek everywhere",
      sourceUrl: "https://example.com/ai/february-2025-roundup",
      body: "A month in which Chinese generative AI spread from research labs into harbours, classrooms, phones and local government.",
      items: [
        {
          title: "Alibaba open-sources four Wan2.1 video models",
          sourceUrl: "https://example.com/ai/alibaba-wan21-open-source",
          body: "The models are the first to render both Chinese and English text inside generated video, and they went straight to the top of the VBench leaderboard.",
        },
        {
          title: "Domain models on entry-level GPUs",
          sourceUrl: "https://example.com/ai/affordable-domain-reasoning-models",
          body: "Experts showed how to train reasoning models of 1 to 3 billion parameters in under 6,000 GPU hours on modest hardware, bringing specialised models within reach of smaller companies.",
        },
        {
          title: "QwQ-Max previewed",
          sourceUrl: "https://example.com/ai/qwq-max-preview",
          body: "Alibaba showed a reasoning model aimed at DeepSeek R1 and OpenAI o1, and said it plans to open-source it along with the Qwen 2.5 Max base model.",
        },
        {
          title: "380 billion yuan for cloud and AI",
          sourceUrl: "https://example.com/ai/alibaba-infrastructure-investment",
          body: "Alibaba committed at least 380 billion yuan, around US$52–53 billion, over three years to cloud and AI infrastructure: the largest private computing investment China has seen.",
        },
        {
          title: "DeepSeek opens five code repositories",
          sourceUrl: "https://example.org/ai/deepseek-open-repositories",
          body: "Over one week the company published five repositories from its own infrastructure, giving outsiders a look at how it trains and serves its models.",
        },
        {
          title: "Ports put DeepSeek to work",
          sourceUrl: "https://example.org/ai/ports-adopt-deepseek",
          body: "Three major ports use the model for smart gates that recognise containers and for customer service. Cargo handling, gantry cranes and security are next on the list.",
        },
        {
          title: "Universities teach with DeepSeek",
          sourceUrl: "https://example.com/ai/universities-deepseek-courses",
          body: "Shenzhen University runs a DeepSeek course together with Tencent Cloud, and Zhejiang University has started an online lecture series.",
        },
        {
          title: "WeChat tests DeepSeek R1 in AI Search",
          sourceUrl: "https://example.com/ai/wechat-ai-search-deepseek",
          body: "Tencent is trialling DeepSeek R1 in WeChat's AI Search alongside its own Hunyuan model, a notable choice for a company with a model of its own.",
        },
        {
          title: "Ernie Bot goes free",
          sourceUrl: "https://example.com/ai/ernie-bot-free",
          body: "Baidu makes Ernie Bot free from 1 April, including a “Deep Search” feature, in response to the pressure from open models.",
        },
        {
          title: "Phone makers pick their models",
          sourceUrl: "https://example.org/ai/phone-makers-integrate-models",
          body: "Huawei, Oppo, Vivo and Honor integrate DeepSeek; Apple works with Alibaba for its features in China; Xiaomi uses Gemini outside China.",
        },
        {
          title: "Local governments adopt DeepSeek",
          sourceUrl: "https://example.org/ai/local-government-deepseek",
          body: "From Shenzhen to Kunshan, city administrations use the model to draft documents and answer citizens' questions.",
        },
        {
          title: "Qwen becomes the base of choice",
          sourceUrl: "https://example.com/ai/hugging-face-qwen-base",
          body: "On Hugging Face's rankings, the leading open models are now mostly fine-tuned from Qwen, displacing Llama as the favourite starting point.",
        },
        {
          title: "PUMCH-GENESIS for rare diseases",
          sourceUrl: "https://example.org/ai/pumch-genesis-rare-disease",
          body: "A diagnostic model for rare diseases, tuned to the genetics of the Chinese population, aims to shorten the years many patients wait for a diagnosis.",
        },
        {
          title: "Rokid glasses for presenters",
          sourceUrl: "https://example.com/ai/rokid-ar-glasses",
          body: "Rokid's AR glasses project speaker notes into the lens; a smart ring turns the pages.",
        },
      ],
    },
    {
      kind: "callout",
      title: "How we help companies stay future-focused",
      body: `Reading about innovation is a start. Seeing it is different. Our study tours take leadership teams inside the companies in these pages, so they can move from reacting to change to building it.

- Visits to labs, factories and founders, prepared and translated
- A programme built around your industry's questions
- Time afterwards to turn what you saw into decisions

[Plan a custom tour](https://example.com/tours/custom)`,
    },
  ],
};
