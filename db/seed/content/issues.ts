import type { DemoIssue, DemoRoundupItem, DemoSection } from "../types";

/*
 * The demo issues, written in our own words. The February 2025 edition is modelled completely
 * from the facts of one real edition (docs/demo-content.md); its companions are shorter and describe general trends in hedged
 * terms (no invented figures or quotes), so that filters, pagination and search have something to do.
 */

/** Joins paragraphs into one Markdown body. */
const paras = (...paragraphs: string[]): string => paragraphs.join("\n\n");

const story = (title: string, tldr: string, sourceUrl: string, ...paragraphs: string[]): DemoSection => ({
  kind: "story",
  title,
  tldr,
  sourceUrl,
  body: paras(...paragraphs),
});

const roundup = (title: string, tldr: string, sourceUrl: string, body: string, items: DemoRoundupItem[]): DemoSection => ({
  kind: "roundup",
  title,
  tldr,
  sourceUrl,
  body,
  items,
});

const cover = (name: string, alt: string): DemoIssue["cover"] => ({
  image: `/demo/covers/${name}.svg`,
  alt,
  width: 1600,
  height: 900,
});

const figure = (name: string, alt: string, caption: string, credit: string) => ({
  image: `/demo/2025-02/${name}.svg`,
  alt,
  width: 1200,
  height: 750,
  caption,
  credit,
});

/** The publisher's own promotion, shared by several issues. */
const studyTours: DemoSection = {
  kind: "callout",
  title: "See it for yourself",
  body: paras(
    "The companies in this newsletter are easier to understand in person. Our study tours take small groups of decision-makers into their labs, factories and meeting rooms.",
    "- Prepared visits, with interpreters and background reading\n- Groups small enough for real conversations\n- A programme matched to your industry",
    "[See upcoming tours](https://example.com/tours)",
  ),
};

/** The demo edition: every section, figure and roundup item of a real month. */
const february2025: DemoIssue = {
  slug: "chinese-innovation-news-february-2025",
  title: "Chinese Innovation News – February 2025",
  summary:
    "In this edition: a space-station experiment that turns carbon dioxide and water into oxygen and a rocket-fuel ingredient, a photonic chip that entangles light on demand, a Beijing facility built to push matter to its limits, a new family of superconductors, and a month in which Chinese generative AI moved out of the lab and into ports, phones and town halls.",
  publishedAt: "2025-03-24T08:00:00Z",
  status: "published",
  categories: ["china", "future"],
  authorSlug: "mei-lin-hartmann",
  cover: cover("2025-02", "Abstract cover: a deep teal quarter-circle and fine concentric rings on warm sand, crossed by a terracotta arc"),
  seoDescription:
    "Artificial photosynthesis on Tiangong, an on-chip quantum light source, the SECUF extreme-conditions lab, a nickel superconductor, widebody jets, battery repair by injection, and a generative AI roundup.",
  sections: [
    {
      kind: "story",
      title: "Tiangong turns carbon dioxide into oxygen and fuel ingredients",
      tldr: "Artificial photosynthesis on China's space station yields oxygen and ethylene",
      sourceUrl: "https://example.com/news/tiangong-artificial-photosynthesis",
      body: paras(
        "Crews on China's **Tiangong** space station have tested a form of artificial photosynthesis: semiconductor catalysts that take carbon dioxide and water and turn them into oxygen and ethylene, a hydrocarbon that can serve as a feedstock for rocket propellant. The reaction runs at cabin temperature and normal pressure, with no furnace and no pressure vessel.",
        "The comparison with the International Space Station shows why this matters. The ISS makes its oxygen by electrolysis, splitting water with electricity, an energy-hungry process that by common estimates claims around a third of the solar power the station devotes to life support. A reaction driven by light under everyday conditions could leave much more of that power for science.",
        "The same approach could in principle be steered towards methanol, formic acid and even sugars. For future bases on the Moon or Mars, where carbon dioxide is plentiful and supply flights are rare, making air and fuel on site would change the logistics of a mission.",
      ),
      figure: figure(
        "tiangong-photosynthesis",
        "Diagram: China's space station with its solar wings spread, above a reaction in which sunlight on a catalyst turns carbon dioxide and water into oxygen and ethylene molecules",
        "Carbon dioxide and water go in; oxygen and ethylene come out, at room temperature and normal pressure.",
        "Illustration: Dispatch",
      ),
    },
    {
      kind: "story",
      title: "A photonic chip that entangles light on demand",
      tldr: "First on-chip continuous-variable cluster states, made deterministically",
      sourceUrl: "https://example.com/news/photonic-quantum-chip-cluster-states",
      body: paras(
        "A group associated with **Prof. Wang Jianwei** has generated continuous-variable multipartite entanglement and cluster states on an integrated photonic chip, the first time this has been done on a single chip. The light is pumped, controlled and measured on the chip itself, and the entangled states appear deterministically rather than by chance, in configurations that can be changed.",
        "Cluster states are the working material of measurement-based quantum computing: a web of entangled modes on which a calculation is carried out by measuring one node after another. They are also what a quantum network needs to share entanglement among many parties. Building them in light, on a chip that could one day come out of a foundry, is what lifts the result beyond a laboratory demonstration.",
        "The result was announced on the same day that Microsoft presented Majorana 1, a chip it says opens a path to a million qubits. The two approaches have almost nothing in common, which says a good deal about how open the race for practical quantum hardware still is.",
      ),
      figure: figure(
        "photonic-chip",
        "Diagram of a photonic chip: a pump waveguide splits into three lines that feed a four-by-three grid of linked nodes, which end in detectors",
        "Pumping, entangling and measuring all happen on one chip; each node of the grid is entangled with its neighbours.",
        "Diagram: Dispatch",
      ),
    },
    {
      kind: "story",
      title: "Beijing opens a laboratory for the edges of physics",
      tldr: "SECUF puts extreme cold, field, pressure and ultrafast light under one roof",
      sourceUrl: "https://example.org/science/secuf-extreme-conditions-facility",
      body: paras(
        "The **Synergetic Extreme Condition User Facility** (SECUF) in Beijing, led by the Institute of Physics of the Chinese Academy of Sciences and under construction since 2017, brings several extremes together in one place. Samples can be cooled to one millikelvin, held in a steady magnetic field of 30 tesla (about 600,000 times the strength of Earth's), squeezed to 300 gigapascals, roughly the pressure at the centre of the Earth, and observed with laser pulses just 100 attoseconds long.",
        "Other laboratories reach some of these values on their own. The point of SECUF is to combine them: many unusual states of matter only appear when cold, field and pressure are pushed at the same time, and watching them change takes very fast light.",
        "The facility is open to scientists from around the world, who apply for time on its instruments much as astronomers apply for time on a telescope.",
      ),
      figure: figure(
        "extreme-conditions",
        "Four cards with icons: a thermometer for 1 millikelvin, a magnet for 30 tesla, two diamond anvils for 300 gigapascals and a short wave for 100-attosecond laser pulses",
        "Four extremes in one building: temperature, magnetic field, pressure and time resolution.",
        "Diagram: Dispatch",
      ),
    },
    {
      kind: "story",
      title: "Nickel joins the high-temperature superconductors",
      tldr: "A nickelate superconducts near −233 °C at ambient pressure",
      sourceUrl: "https://example.com/news/nickelate-superconductor-ambient-pressure",
      body: paras(
        "Researchers have reported a **nickelate**, a nickel oxide compound, that becomes a superconductor above about −233 °C (roughly 40 kelvin) at ambient pressure. Earlier high-temperature results for nickelates had required enormous pressure, which kept them out of reach for most experiments, let alone applications.",
        "The result makes nickel the third family of high-temperature superconductors, after the copper oxides discovered in the 1980s and the iron-based compounds found in 2008. Each new family gives theorists another angle on a question that is still open: why some materials lose all electrical resistance at temperatures well above what conventional theory allows.",
        "In the same month, a Chinese–Austrian team working with TU Wien described an alloy of zirconium, cobalt, iron and niobium that barely expands or contracts anywhere between −270 °C and 167 °C. Materials that hold their shape across such a range are prized in aviation, spacecraft and precision electronics.",
      ),
    },
    {
      kind: "story",
      title: "COMAC sets its sights on widebody jets",
      tldr: "After the C919, China plans the C929 and C939 to take on Boeing and Airbus",
      sourceUrl: "https://example.org/aviation/comac-widebody-plans",
      body: paras(
        "**COMAC**, the state-owned planemaker founded in 2008, already flies two aircraft: the regional C909 and the single-aisle C919, which has carried more than a million passengers since it entered commercial service in 2023. Its next ambition is the long-haul market.",
        "Two widebodies are on the drawing board. The **C929** is planned to seat up to 440 passengers over a range of about 12,000 kilometres, which places it against the Boeing 787 and the Airbus A350; Air China had ordered it by the end of 2024. The **C939**, still at an early design stage, would compete in the class of the 777 and the 747. Both are expected within roughly a decade.",
        "The obstacles are well known: certification by foreign aviation authorities, a reliable supply of engines, and export licences for the Western components that Chinese airliners still depend on.",
      ),
      figure: figure(
        "widebody-jet",
        "Illustration of a widebody airliner seen from above, flying along a dashed arc between two points on a map grid",
        "The C929 is planned for long-haul routes of up to about 12,000 kilometres.",
        "Illustration: Dispatch",
      ),
    },
    {
      kind: "story",
      title: "An injection that brings tired batteries back",
      tldr: "A lithium-carrying molecule gives worn cells more than six times the cycle life",
      sourceUrl: "https://example.com/news/battery-lithium-injection-repair",
      body: paras(
        "Much of a lithium-ion battery's ageing comes from the gradual loss of active lithium, while the rest of the cell often remains usable. After four years of searching, researchers identified a molecule that can carry lithium back in: **lithium trifluoromethanesulfonate**. Injected into a worn cell, it restores the lithium the cell has lost.",
        "According to the team, the treatment gives cells more than six times their usual cycle life. For an electric car charged twice a day, that would stretch a battery's working life to as much as about 18 years.",
        "If the technique works at scale, fewer batteries would be retired early and less lithium would need to be mined. It also poses a question for battery-swapping networks, whose economics assume that packs wear out and must be exchanged.",
      ),
      figure: figure(
        "battery-injection",
        "Illustration of a syringe injecting into a battery cell whose depleted half is refilled with lithium, beside a bar chart in which the treated cell's cycle life is more than six times longer",
        "Topping up the lost lithium turns a worn cell back into a useful one.",
        "Illustration: Dispatch",
      ),
    },
    {
      kind: "story",
      title: "Three axes that shape the human brain",
      tldr: "Tens of thousands of scans point to a genetic blueprint for the cortex",
      sourceUrl: "https://example.org/science/brain-cortex-blueprint",
      body: paras(
        "By analysing tens of thousands of brain scans, researchers found that the cerebral cortex is organised along **three main axes**. Genes appear to set out this large-scale structure first; the networks that carry our thoughts then develop along it.",
        "A reference map of how the brain is meant to be built makes it easier to see where development takes a different course. The researchers point to early childhood, and to conditions such as schizophrenia and autism, as areas where the blueprint could help.",
        "There is an engineering angle too. Designers of brain-inspired chips and of brain–computer interfaces look for exactly this kind of organising principle.",
      ),
    },
    roundup(
      "Generative AI updates",
      "Open models, cheaper training and DeepSeek in ports, phones and town halls",
      "https://example.com/ai/generative-ai-updates-february-2025",
      "February was the month Chinese generative AI left the research lab for harbours, lecture halls, phones and local government. The highlights:",
      [
        {
          title: "Alibaba open-sources four Wan2.1 video models",
          sourceUrl: "https://example.com/ai/alibaba-wan21-open-source",
          body: "Alibaba says they are the first video models able to render both Chinese and English text on screen. At release they went straight to the top of the VBench leaderboard.",
        },
        {
          title: "Reasoning models on entry-level GPUs",
          sourceUrl: "https://example.com/ai/affordable-domain-reasoning-models",
          body: "Researchers showed that specialised reasoning models with one to three billion parameters can be trained within 6,000 GPU hours on entry-level hardware, putting domain models within reach of smaller companies and labs.",
        },
        {
          title: "QwQ-Max previewed",
          sourceUrl: "https://example.com/ai/qwq-max-preview",
          body: "Alibaba previewed QwQ-Max, a reasoning model aimed at DeepSeek R1 and OpenAI's o1, and said it intends to open-source both the model and its Qwen 2.5 Max base.",
        },
        {
          title: "380 billion yuan for cloud and AI",
          sourceUrl: "https://example.com/ai/alibaba-infrastructure-investment",
          body: "Alibaba committed at least 380 billion yuan, about US$52–53 billion, to cloud and AI infrastructure over three years: the largest computing investment by a private company in China.",
        },
        {
          title: "DeepSeek opens five code repositories",
          sourceUrl: "https://example.org/ai/deepseek-open-repositories",
          body: "DeepSeek published five code repositories as open source, offering outsiders a rare look at the infrastructure behind its models.",
        },
        {
          title: "Ports put DeepSeek to work",
          sourceUrl: "https://example.org/ai/ports-adopt-deepseek",
          body: "Three major ports have adopted the model, first for smart gates that recognise containers and for customer service. Cargo handling, gantry cranes and security are next.",
        },
        {
          title: "Universities teach with DeepSeek",
          sourceUrl: "https://example.com/ai/universities-deepseek-courses",
          body: "Shenzhen University runs a DeepSeek course together with Tencent Cloud, and Zhejiang University has started an online lecture series.",
        },
        {
          title: "WeChat tests DeepSeek R1 in AI Search",
          sourceUrl: "https://example.com/ai/wechat-ai-search-deepseek",
          body: "Tencent is trialling DeepSeek R1 in WeChat's AI Search alongside its own Hunyuan model, a telling choice for a company with a model of its own.",
        },
        {
          title: "Ernie Bot goes free",
          sourceUrl: "https://example.com/ai/ernie-bot-free",
          body: "Baidu will make its Ernie Bot free from 1 April, together with a free “Deep Search” mode.",
        },
        {
          title: "Phone makers choose their models",
          sourceUrl: "https://example.org/ai/phone-makers-integrate-models",
          body: "Huawei, Oppo, Vivo and Honor are integrating DeepSeek. Apple is working with Alibaba on AI features for China, while Xiaomi uses Google's Gemini outside the country.",
        },
        {
          title: "Local governments adopt DeepSeek",
          sourceUrl: "https://example.org/ai/local-government-deepseek",
          body: "From Shenzhen to Kunshan, local administrations have begun to use the model in their day-to-day work.",
        },
        {
          title: "Qwen becomes the base of choice",
          sourceUrl: "https://example.com/ai/hugging-face-qwen-base",
          body: "In Hugging Face's rankings, the leading open models are now mostly built on Qwen, which has displaced Meta's Llama as the favourite starting point for fine-tuning.",
        },
        {
          title: "PUMCH-GENESIS for rare diseases",
          sourceUrl: "https://example.org/ai/pumch-genesis-rare-disease",
          body: "A diagnostic model for rare diseases, tuned to the genetics of the Chinese population, aims to shorten the long search for a diagnosis that many patients face.",
        },
        {
          title: "Rokid glasses for presenters",
          sourceUrl: "https://example.com/ai/rokid-ar-glasses",
          body: "Rokid's AR glasses project speaker notes into the lens, and a smart ring turns the pages.",
        },
      ],
    ),
    {
      kind: "callout",
      title: "How we help companies stay future-focused",
      body: paras(
        "Reading about innovation is a start; seeing it at first hand is something else. Our study tours take leadership teams inside the companies in these pages, so that they can move from reacting to change to building it.",
        "- Visits to labs, factories and founders, prepared and interpreted\n- A programme shaped around your industry's questions\n- Time afterwards to turn what you saw into decisions",
        "[Plan a custom tour](https://example.com/tours/custom)",
      ),
    },
  ],
};

const companions: DemoIssue[] = [
  {
    slug: "chinese-innovation-news-october-2024",
    title: "Chinese Innovation News – October 2024",
    summary:
      "In this edition: what the first rocks from the far side of the Moon are telling scientists, rocket boosters that fly back to the pad, and humanoid robots that are starting to clock in at factories.",
    publishedAt: "2024-11-14T08:00:00Z",
    status: "published",
    categories: ["space", "china", "future"],
    authorSlug: "mei-lin-hartmann",
    cover: cover("2024-10", "Abstract cover: a pale moon circled by thin orbits on a slate-blue ground, with a small gold satellite"),
    sections: [
      story(
        "The far side of the Moon, in the laboratory",
        "First studies of far-side samples hint at a longer volcanic history",
        "https://example.org/space/far-side-lunar-samples",
        "Material collected by the Chang'e-6 mission, the first ever returned from the far side of the Moon, is now being studied in laboratories, and the first analyses are beginning to appear. They point to volcanic activity on the far side that lasted longer than many researchers expected, a clue to why the Moon's two faces look so different.",
        "The samples will keep scientists busy for years. Set beside the near-side material brought back by earlier missions, they offer something rare in planetary science: a direct comparison between two halves of the same world.",
      ),
      story(
        "Rocket boosters that come back",
        "Private launch firms test vehicles that take off and land vertically",
        "https://example.com/space/reusable-booster-hop-tests",
        "Several Chinese launch start-ups are flying test vehicles that lift off, hover and touch down again on their own engines. The hops are short, but they rehearse the hardest part of reuse: bringing a booster back to a precise spot, upright and intact.",
        "Reusable first stages are how launch prices come down, and China's plans for large satellite constellations will need a great many launches. The next milestone is an orbital flight with a recovery attempt.",
      ),
      story(
        "Humanoid robots clock in",
        "Carmakers trial humanoids on their assembly lines, one task at a time",
        "https://example.com/robotics/humanoids-factory-pilots",
        "Humanoid robots are moving from trade-show stands to trial jobs in car plants and logistics centres, where they carry parts, sort boxes and run simple quality checks. Most pilots are small and closely supervised.",
        "The question has shifted from whether a humanoid can walk to whether it can earn its keep beside cheaper, purpose-built machines. The case for the human shape is flexibility: a robot that fits spaces designed for people does not need the factory rebuilt around it.",
      ),
      studyTours,
    ],
  },
  {
    slug: "chinese-innovation-news-november-2024",
    title: "Chinese Innovation News – November 2024",
    summary:
      "In this edition: Chinese open-weight models close in on the leaders, the first reasoning models arrive in preview, and the Zhuhai airshow makes room for drones and air taxis.",
    publishedAt: "2024-12-12T08:00:00Z",
    status: "published",
    categories: ["generative-ai", "china", "mobility"],
    authorSlug: "mei-lin-hartmann",
    cover: cover("2024-11", "Abstract cover: a constellation of teal and gold nodes joined by fine lines on a near-black ground"),
    sections: [
      story(
        "Open-weight models close the gap",
        "Chinese labs publish strong models that anyone can run and adapt",
        "https://example.com/ai/open-weight-models-close-gap",
        "A growing number of Chinese labs publish the weights of their best language models, so that developers can download, run and fine-tune them on their own servers. On many public benchmarks the distance to the leading closed models has narrowed considerably.",
        "For companies that cannot send data abroad, or do not want to depend on a single provider, that changes the calculation. Open weights also travel: developers far from China now build on these models.",
      ),
      story(
        "Models that think before they answer",
        "The first Chinese reasoning models appear in preview",
        "https://example.com/ai/reasoning-model-previews",
        "Following the lead of OpenAI's o1, Chinese labs have released previews of models that work through a problem step by step before answering. They are slower and cost more per question, but they do markedly better at maths, logic and code.",
        "The previews are rough, and their makers say so. Still, they show that the reasoning approach is not the preserve of one company, and that open versions may follow quickly.",
      ),
      story(
        "Drones take the stage at Zhuhai",
        "China's biggest airshow gives the low-altitude economy a showcase",
        "https://example.org/mobility/zhuhai-airshow-drones",
        "The airshow in Zhuhai gave generous space this year to delivery drones, cargo drones and electric air taxis, alongside the usual military aircraft. The message was that the airspace below a few hundred metres is becoming an economic zone of its own, with its own rules, routes and traffic management.",
        "Cities are opening corridors for drone delivery and testing passenger flights on fixed routes. Certification, noise and public acceptance will decide how fast it grows.",
      ),
      roundup(
        "AI in brief",
        "Falling prices, assistants in super-apps and AI in the classroom",
        "https://example.com/ai/brief-november-2024",
        "",
        [
          {
            title: "Prices keep falling",
            sourceUrl: "https://example.com/ai/model-price-cuts",
            body: "Competition among model providers keeps pushing down the cost of using large models, which makes it affordable to build them into everyday software.",
          },
          {
            title: "Assistants move into super-apps",
            sourceUrl: "https://example.org/ai/assistants-in-super-apps",
            body: "Chat assistants increasingly live inside the apps people already use for payments, shopping and messaging, rather than in separate products.",
          },
          {
            title: "AI in the classroom",
            sourceUrl: "https://example.org/ai/ai-tutors-schools",
            body: "Schools and universities are experimenting with AI tutors for homework help and course design, with teachers reviewing what the systems suggest.",
          },
        ],
      ),
    ],
  },
  {
    slug: "chinese-innovation-news-december-2024",
    title: "Chinese Innovation News – December 2024",
    summary:
      "In this edition: semi-solid batteries reach the road while fully solid-state cells stay in pilot lines, perovskite solar cells get closer to the roof, and sodium-ion batteries find their first real market.",
    publishedAt: "2025-01-16T08:00:00Z",
    status: "published",
    categories: ["materials", "mobility", "future"],
    authorSlug: "tomas-okafor",
    cover: cover("2024-12", "Abstract cover: a grid of sand-coloured dots swelling and shrinking across a terracotta ground"),
    sections: [
      story(
        "Solid-state batteries, one step at a time",
        "Semi-solid cells are on sale; fully solid ones remain in pilot production",
        "https://example.com/batteries/solid-state-progress",
        "Several carmakers now sell vehicles with semi-solid batteries, which replace part of the liquid electrolyte with a solid one. They offer a little more range and an extra margin of safety, and they are a bridge to the real goal: cells with no liquid at all.",
        "Fully solid-state batteries could store more energy and resist fire better, but making them cheaply and consistently is still hard. Most manufacturers talk of small-scale production later this decade. The word to watch is not “breakthrough” but “yield”.",
      ),
      story(
        "Perovskites head for the roof",
        "Tandem solar cells set records; durability is the open question",
        "https://example.org/energy/perovskite-tandem-cells",
        "Stacking a thin perovskite layer on top of a silicon cell captures more of the sunlight spectrum than silicon alone, and laboratory records for these tandem cells keep rising. Chinese manufacturers have begun to build pilot lines.",
        "What remains to be shown is durability. Perovskites are sensitive to heat and moisture, and a roof panel has to last for decades. Long outdoor tests, more than new efficiency records, will decide when tandem panels become ordinary.",
      ),
      story(
        "Sodium-ion finds its niche",
        "Cheaper cells without lithium arrive in scooters, small cars and storage",
        "https://example.com/batteries/sodium-ion-niche",
        "Sodium is abundant and cheap, and sodium-ion cells cope well with cold. They store less energy than lithium-ion cells of the same weight, so the first uses are where cost matters more than range: two-wheelers, small city cars and stationary storage.",
        "For battery makers the appeal is also strategic. A chemistry that needs no lithium, cobalt or nickel is a hedge against price swings in those metals.",
      ),
      studyTours,
    ],
  },
  {
    slug: "chinese-innovation-news-january-2025",
    title: "Chinese Innovation News – January 2025",
    summary:
      "In this edition: an open reasoning model from DeepSeek jolts the AI industry, humanoid robots perform at the Spring Festival Gala, and cheaper models set off a rush of pilots.",
    publishedAt: "2025-02-18T08:00:00Z",
    status: "published",
    categories: ["generative-ai", "china", "future"],
    authorSlug: "mei-lin-hartmann",
    cover: cover("2025-01", "Abstract cover: concentric rings on a muted plum ground, crossed by a gold arc"),
    sections: [
      story(
        "DeepSeek's reasoning model shakes the industry",
        "An open, efficiently trained model rivals the best closed systems",
        "https://example.com/ai/deepseek-r1-reasoning-model",
        "DeepSeek released R1, a reasoning model with open weights that performs close to the leading closed models on maths and coding tests, and said it had been trained at a fraction of the usual cost. The claim set off a sharp fall in chip stocks and a long debate about how much computing power frontier AI really needs.",
        "Whatever the final accounting, the effect in China was immediate: companies in many industries began testing the model, and rival providers cut their prices.",
      ),
      story(
        "Robots on the Spring Festival stage",
        "Humanoids dance at the most-watched television show in China",
        "https://example.org/robotics/spring-festival-gala-humanoids",
        "At this year's Spring Festival Gala, a troupe of humanoid robots performed a folk dance with twirling handkerchiefs, in step with human dancers.",
        "It was a performance, not a product launch, but the signal was clear. Robot makers have become a source of national pride, and one evening of prime-time television gave the industry more attention than a year of trade shows.",
      ),
      roundup("AI in brief", "Rival reasoning models, price cuts and a rush of pilots", "https://example.com/ai/brief-january-2025", "", [
        {
          title: "Rivals answer with reasoning models",
          sourceUrl: "https://example.com/ai/rival-reasoning-models",
          body: "Within weeks, other Chinese labs presented reasoning models of their own, several with open weights.",
        },
        {
          title: "Prices fall again",
          sourceUrl: "https://example.org/ai/price-cuts-january",
          body: "Providers cut what they charge for access to their models, in some cases sharply, to keep developers from switching.",
        },
        {
          title: "Everyone wants a pilot",
          sourceUrl: "https://example.org/ai/enterprise-pilots",
          body: "Companies and public bodies hurried to announce trials of the new open models, often within days of their release.",
        },
      ]),
      studyTours,
    ],
  },
  february2025,
  {
    slug: "chinese-innovation-news-march-2025",
    title: "Chinese Innovation News – March 2025",
    summary:
      "In this edition: chargers that add hundreds of kilometres in minutes, driver assistance in entry-level cars, and a first wave of AI agents that act on their user's behalf.",
    publishedAt: "2025-04-16T08:00:00Z",
    status: "published",
    categories: ["mobility", "generative-ai", "china"],
    authorSlug: "tomas-okafor",
    cover: cover("2025-03", "Abstract cover: flowing road-like lines in dark ink across an ochre ground, under a pale sun"),
    sections: [
      story(
        "Charging in the time of a coffee",
        "Megawatt-class chargers promise a top-up in minutes",
        "https://example.com/mobility/megawatt-charging",
        "Chinese carmakers and battery suppliers have announced charging systems in the megawatt class, which they say can add several hundred kilometres of range in about five minutes. Both the battery and the charger have to be designed for it.",
        "The harder part may be the grid. A site with several such chargers draws as much power as a small factory, which is why new stations increasingly come with their own battery storage to buffer the load.",
      ),
      story(
        "Driver assistance for every budget",
        "Advanced assistance features move into the cheapest electric cars",
        "https://example.org/mobility/driver-assistance-for-all",
        "Features that used to be reserved for premium models, such as assisted driving on motorways and in city traffic, are now offered on some of the cheapest electric cars on the market, often at no extra cost.",
        "That puts these systems in front of millions of drivers at once. It also raises the question of whether drivers understand what the systems can and cannot do, and regulators have begun to tighten the rules on how they may be marketed.",
      ),
      story(
        "AI agents that act",
        "Assistants begin to complete tasks, not just answer questions",
        "https://example.com/ai/general-purpose-agents",
        "A new kind of AI agent works through tasks on its own: it searches, fills in forms, compares offers and writes up the results, moving across websites and apps. A demonstration by a Chinese start-up drew wide attention this month, and invitation codes changed hands online.",
        "Agents are impressive when they work and frustrating when they do not, and the gap between the two is still wide. They also raise a practical question nobody has fully answered: who is responsible when an agent gets it wrong?",
      ),
    ],
  },
  {
    slug: "chinese-innovation-news-april-2025",
    title: "Chinese Innovation News – April 2025",
    summary:
      "In this edition: humanoid robots run a half-marathon in Beijing, a new generation of open models learns when to think hard, and Chinese quantum processors keep raising the bar.",
    publishedAt: "2025-05-15T08:00:00Z",
    status: "published",
    categories: ["china", "future", "generative-ai"],
    authorSlug: "mei-lin-hartmann",
    cover: cover("2025-04", "Abstract cover: a constellation of white and gold nodes joined by fine lines on a sage-green ground"),
    sections: [
      story(
        "Robots run a half-marathon",
        "Humanoids race beside people in Beijing, and a few reach the finish",
        "https://example.com/robotics/humanoid-half-marathon",
        "In Beijing, humanoid robots ran a half-marathon on a separated lane beside thousands of human runners. Some fell, some needed new batteries on the way, and many were shadowed by engineers. A few crossed the finish line.",
        "As a race it was a curiosity; as an endurance test it was useful. Walking for a few minutes on a show floor is one thing, keeping balance and staying cool for hours on real roads is another, and the day gave engineers plenty to work on.",
      ),
      story(
        "Open models that decide how hard to think",
        "Hybrid models switch between quick replies and step-by-step reasoning",
        "https://example.com/ai/hybrid-reasoning-open-models",
        "A new generation of open-weight models combines two modes in one: quick answers for simple requests and slower, step-by-step reasoning for hard ones, with the developer able to choose. Several come in sizes small enough to run on a single workstation.",
        "For companies building products, that flexibility matters more than a benchmark score: they pay for deep reasoning only when a task needs it.",
      ),
      story(
        "Quantum processors raise the bar",
        "More qubits and fewer errors on Chinese quantum chips",
        "https://example.org/science/quantum-processor-milestone",
        "Chinese teams continue to report quantum processors with more than a hundred qubits and falling error rates, running sampling tasks that classical supercomputers could only match with impractical effort.",
        "Such demonstrations are milestones, not products. Useful quantum computing will need error correction on a far larger scale, and that is where the competition between laboratories is now heading.",
      ),
      studyTours,
    ],
  },
  {
    slug: "chinese-innovation-news-may-2025",
    title: "Chinese Innovation News – May 2025",
    summary:
      "In this edition: a probe sets off to collect samples from an asteroid, satellites learn to compute in orbit, and bricks made from simulated lunar soil are put to the test in space.",
    publishedAt: "2025-06-17T08:00:00Z",
    status: "published",
    categories: ["space", "materials", "china"],
    authorSlug: "mei-lin-hartmann",
    cover: cover("2025-05", "Abstract cover: a pale planet circled by thin orbits on a dark teal ground, with a small terracotta moon"),
    sections: [
      story(
        "Tianwen-2 heads for an asteroid",
        "China's next probe will bring back asteroid samples, then visit a comet",
        "https://example.org/space/tianwen-2-launch",
        "China launched Tianwen-2, a mission to a small near-Earth asteroid. The probe is meant to collect a sample and send it back to Earth, then travel on to study a comet. The whole journey will take years.",
        "Small asteroids are leftovers from the formation of the solar system, largely unchanged since. Material brought back from one offers a look at the raw ingredients of planets, without the alteration meteorites suffer on their way through the atmosphere.",
      ),
      story(
        "Satellites that compute in orbit",
        "A first batch of computing satellites processes data before sending it down",
        "https://example.com/space/computing-constellation",
        "A first group of satellites designed to work as a computing network in orbit has been launched. Instead of sending raw images and measurements to the ground, they analyse the data on board and transmit only the results.",
        "Downlink capacity is one of the tightest constraints in space, so processing in orbit saves bandwidth and time. Supporters argue that abundant solar power could one day make orbit a home for larger data centres as well. That day is still a long way off.",
      ),
      story(
        "Bricks from lunar soil",
        "Building blocks made from simulated Moon dust are being tested on Tiangong",
        "https://example.com/materials/lunar-soil-bricks",
        "Bricks pressed from simulated lunar soil have been sent to the Tiangong station, where they are exposed to the conditions of space to see how they age. The aim is to learn whether a future Moon base could be built largely from local material.",
        "Every kilogram launched from Earth is expensive. A building material made on site, from the dust that covers the Moon's surface, would change what a permanent base could look like.",
      ),
    ],
  },
  {
    slug: "chinese-innovation-news-june-2025",
    title: "Chinese Innovation News – June 2025",
    summary:
      "In this edition: battery recycling grows into an industry, autonomous trucks take to selected highways, and steelmakers test hydrogen in place of coal.",
    publishedAt: "2025-07-15T08:00:00Z",
    status: "published",
    categories: ["mobility", "materials", "future"],
    authorSlug: "tomas-okafor",
    cover: cover("2025-06", "Abstract cover: flowing sand-coloured lines across a warm grey ground, under a teal sun"),
    sections: [
      story(
        "Battery recycling becomes an industry",
        "Recovering lithium, nickel and cobalt from old cells turns into a business",
        "https://example.com/batteries/recycling-scales-up",
        "As the first large generation of electric cars reaches the end of its life, recycling plants are scaling up to recover the valuable metals in their batteries. Modern processes can reclaim most of the lithium, nickel and cobalt.",
        "Recycling will not replace mining for years, because the stock of old batteries is still small compared with demand for new ones. But it is becoming a steady second source, and new rules increasingly hold manufacturers responsible for their batteries at the end of their lives.",
      ),
      story(
        "Trucks that drive themselves",
        "Autonomous trucks carry freight on approved highway routes",
        "https://example.org/mobility/autonomous-trucks",
        "Self-driving trucks now haul freight on selected highway routes, in most cases with a safety driver still on board. Logistics may well become the first large market for autonomy: the routes are fixed, the roads relatively simple and the savings easy to calculate.",
        "Platooning, in which trucks follow a lead vehicle at close distance, is also being tested to save fuel and to ease a shortage of drivers.",
      ),
      story(
        "Steel without coal",
        "Pilot plants use hydrogen to turn iron ore into iron",
        "https://example.com/materials/hydrogen-steel",
        "Steel is one of the largest sources of industrial emissions, mainly because coal is used to strip the oxygen from iron ore. Pilot plants in China are testing hydrogen for the same job, which leaves water vapour instead of carbon dioxide.",
        "The chemistry works. What is missing is a large supply of cheap, low-carbon hydrogen, and that depends on how fast renewable power spreads.",
      ),
      roundup(
        "Batteries in brief",
        "Sodium-ion cars, bigger storage plants and stricter safety rules",
        "https://example.com/batteries/brief-june-2025",
        "",
        [
          {
            title: "Sodium-ion cells for passenger cars",
            sourceUrl: "https://example.com/batteries/sodium-ion-passenger-cars",
            body: "Battery makers have presented sodium-ion packs intended for passenger cars, aimed at colder regions and lower price points.",
          },
          {
            title: "Grid batteries grow up",
            sourceUrl: "https://example.org/energy/grid-scale-storage",
            body: "Storage plants the size of conventional power stations are coming online to smooth the output of solar and wind farms.",
          },
          {
            title: "Tougher safety standards",
            sourceUrl: "https://example.org/batteries/safety-standard",
            body: "New national rules require battery packs not to catch fire or explode even after a cell fails, a demanding test for every manufacturer.",
          },
        ],
      ),
    ],
  },
  {
    slug: "chinese-innovation-news-july-2025",
    title: "Chinese Innovation News – July 2025",
    summary:
      "In this edition: open models built for agents and code, smart glasses become a crowded category, and brain–computer interfaces move into clinical trials.",
    publishedAt: "2025-08-14T08:00:00Z",
    status: "published",
    categories: ["generative-ai", "china", "future"],
    authorSlug: "mei-lin-hartmann",
    cover: cover("2025-07", "Abstract cover: a constellation of white and gold nodes joined by fine lines on a dusty blue ground"),
    sections: [
      story(
        "Open models built to act",
        "New open-weight models focus on coding and multi-step tasks",
        "https://example.com/ai/agentic-open-models",
        "The summer's most talked-about Chinese open-weight models were built less for conversation than for work: writing and fixing code, calling tools and carrying out tasks with many steps. Several were released under permissive licences that allow commercial use.",
        "Releases now come so quickly that developers building agents are choosing between Chinese open models, not only between open and closed ones.",
      ),
      story(
        "Smart glasses get crowded",
        "Phone makers, start-ups and internet companies all launch AI glasses",
        "https://example.org/devices/ai-glasses",
        "Glasses with a camera, microphones and an AI assistant have become one of the busiest product categories in China. Large technology companies and start-ups alike are launching models that translate, take notes, identify what the wearer is looking at and answer questions about it.",
        "Most are light and look like ordinary glasses, with a small display or none at all. Whether people will wear a camera on their face all day is still an open question, in China as elsewhere.",
      ),
      story(
        "Brain–computer interfaces reach the clinic",
        "Implants that turn brain signals into commands enter human trials",
        "https://example.com/health/bci-clinical-trials",
        "Several Chinese teams have begun clinical trials of brain–computer interfaces: implants that translate neural signals into the movement of a cursor, a robotic arm or synthesised speech. Many use designs that rest on the brain's surface or are inserted through small openings, to reduce the risks of surgery.",
        "For people with paralysis, even simple control over a computer can restore a great deal of independence. Regulators have begun to set out pricing and approval rules for the field, a sign that they expect it to grow.",
      ),
      roundup(
        "AI in brief",
        "A world AI conference, agents in the office and smaller models",
        "https://example.com/ai/brief-july-2025",
        "",
        [
          {
            title: "Shanghai hosts the World AI Conference",
            sourceUrl: "https://example.com/ai/world-ai-conference",
            body: "The annual conference filled its halls with humanoid robots, smart glasses and agent demonstrations, and served as a stage for calls for international cooperation on AI governance.",
          },
          {
            title: "Agents in office software",
            sourceUrl: "https://example.org/ai/office-agents",
            body: "Office and collaboration suites are adding agents that draft documents, summarise meetings and prepare slides.",
          },
          {
            title: "Smaller models do more",
            sourceUrl: "https://example.org/ai/small-models",
            body: "Compact open models now match much larger predecessors on many everyday tasks, and they run on laptops and phones.",
          },
        ],
      ),
      studyTours,
    ],
  },
  {
    slug: "chinese-innovation-news-august-2025",
    title: "Chinese Innovation News – August 2025",
    summary:
      "In this edition: humanoid robots compete in games of their own, robotaxis widen their maps, and pilotless passenger drones begin carrying sightseers.",
    publishedAt: "2025-09-16T08:00:00Z",
    status: "published",
    categories: ["china", "mobility", "future"],
    authorSlug: "mei-lin-hartmann",
    cover: cover("2025-08", "Abstract cover: layered sand-coloured hills under a gold sun on a brick-red ground"),
    sections: [
      story(
        "The robots have their own games",
        "Humanoids compete at running, football and practical tasks in Beijing",
        "https://example.com/robotics/humanoid-robot-games",
        "Beijing hosted several days of games for humanoid robots, with events ranging from sprints and football to practical tasks such as sorting and cleaning. Teams came from China and abroad.",
        "The falls drew the laughs, but the event had a purpose. It tested balance, perception and teamwork under pressure and in public, and gave teams a shared yardstick that trade shows do not.",
      ),
      story(
        "Robotaxis widen their maps",
        "Driverless taxis serve larger areas, with no one behind the wheel",
        "https://example.org/mobility/robotaxis-expand",
        "Operators of driverless taxis in several Chinese cities have extended their service areas and run more rides with no safety driver at all. Some are now preparing services in cities abroad.",
        "The economics depend on keeping each car busy and on cutting the cost of the sensors and computers it carries, and both are improving. The limits are now as much regulatory as technical.",
      ),
      story(
        "Passenger drones take off",
        "Pilotless air taxis fly paying sightseers on fixed routes",
        "https://example.com/mobility/passenger-drones-sightseeing",
        "Pilotless passenger drones now carry paying sightseers on fixed routes, following the first operating certificates issued this year. The market is small, but the paperwork is a large step: it sets out how such aircraft are certified, maintained and flown.",
        "Together with drone deliveries in several cities, it is the clearest sign yet of what Chinese planners call the low-altitude economy.",
      ),
      studyTours,
    ],
  },
  {
    slug: "chinese-innovation-news-september-2025",
    title: "Chinese Innovation News – September 2025",
    summary:
      "In this edition: the lander meant to carry Chinese astronauts to the Moon passes a major test, reusable rockets approach their first orbital recoveries, and a new fusion machine takes shape in Hefei.",
    publishedAt: "2025-10-15T08:00:00Z",
    status: "published",
    categories: ["space", "future"],
    authorSlug: "mei-lin-hartmann",
    cover: cover("2025-09", "Abstract cover: a dashed trajectory rising from a curved horizon towards a pale moon on a near-black ground"),
    sections: [
      story(
        "A Moon lander lands, and lifts off again",
        "The crewed lunar lander completes a landing-and-take-off test",
        "https://example.org/space/lunar-lander-test",
        "The lander designed to carry Chinese astronauts to the surface of the Moon has completed a test in which it set down on a simulated lunar surface and then lifted off again. It is one of a series of trials for the spacecraft, spacesuit and heavy rocket of the crewed lunar programme.",
        "The stated goal is a crewed landing before 2030. Each test retires a risk, and for now the programme appears to be on schedule.",
      ),
      story(
        "Reusable rockets near orbit",
        "Chinese launch firms prepare orbital flights with booster recovery",
        "https://example.com/space/reusable-rockets-orbit",
        "After years of hop tests, several Chinese rocket makers are preparing orbital launches in which the first stage will try to return and land. First attempts at such landings often fail, and the companies say as much.",
        "Reuse is the main reason launch prices have fallen elsewhere. With two large national satellite constellations to deploy, China has every reason to master it quickly.",
      ),
      story(
        "A compact fusion machine takes shape",
        "A new tokamak in Hefei aims to show that fusion can yield net energy",
        "https://example.org/energy/hefei-fusion-device",
        "In Hefei, construction is under way on a compact tokamak designed to show that a fusion reaction can release more energy than it consumes, and to sustain it for long periods. It builds on experimental reactors that have set records for how long they can hold a hot plasma.",
        "Net energy from fusion would be a scientific milestone, not yet a power station. Even so, the machine shows how seriously China is pursuing the technology, alongside a wave of private fusion companies.",
      ),
    ],
  },
  {
    slug: "chinese-innovation-news-october-2025",
    title: "Chinese Innovation News – October 2025",
    summary:
      "In this edition: clearer rules on what counts as a solid-state battery, rare earths back in the spotlight, and Chinese AI chips winning more customers at home.",
    publishedAt: "2025-11-13T08:00:00Z",
    status: "published",
    categories: ["materials", "generative-ai", "china"],
    authorSlug: "tomas-okafor",
    cover: cover("2025-10", "Abstract cover: a grid of sand and gold dots of varying size on a deep teal ground"),
    sections: [
      story(
        "What counts as solid-state",
        "Proposed standards separate true solid-state batteries from marketing",
        "https://example.com/batteries/solid-state-definitions",
        "“Solid-state” has become a marketing term, applied to cells that still contain a good deal of liquid. Chinese standards bodies have proposed clearer definitions, under which only cells without liquid electrolyte may use the name and semi-solid products must say what they are.",
        "For buyers and investors that is welcome clarity. It also shows where the industry stands: fully solid-state cells are in pilot production, and mass-market cars that use them are still some years away.",
      ),
      story(
        "Rare earths in the spotlight",
        "Wider export controls cover rare earths and the know-how to process them",
        "https://example.org/materials/rare-earth-export-controls",
        "China announced wider export controls on rare earths, extending them to the technologies used to mine and refine them. Rare-earth magnets sit in electric motors, wind turbines and phones, and China dominates their processing.",
        "Parts of the new rules were later put on hold during trade talks, but the lesson for manufacturers abroad is sharper than before: alternative supplies, and recycling magnets from old products, have become a matter of strategy rather than cost.",
      ),
      story(
        "AI chips made at home",
        "Chinese accelerators win more customers as companies diversify",
        "https://example.com/ai/domestic-ai-chips",
        "Chinese companies that train and run AI models are buying more accelerators from domestic chip designers, pushed by export restrictions on foreign chips and by official guidance. The domestic chips still trail the best foreign ones, but their software support has improved.",
        "The result is a second AI hardware ecosystem with its own tools and supply chain, and model makers increasingly say they design for it from the start.",
      ),
      roundup(
        "AI in brief",
        "Steadier video, agents at the help desk and open models for science",
        "https://example.com/ai/brief-october-2025",
        "",
        [
          {
            title: "Video models get longer and steadier",
            sourceUrl: "https://example.com/ai/video-models-longer",
            body: "New video generation models produce longer clips with more consistent characters and camera movement.",
          },
          {
            title: "Agents at the help desk",
            sourceUrl: "https://example.org/ai/customer-service-agents",
            body: "Telecom operators and banks hand more routine customer requests to AI agents, with people taking over the harder cases.",
          },
          {
            title: "Open models for science",
            sourceUrl: "https://example.org/ai/open-science-models",
            body: "Research institutes are releasing open models trained for chemistry, materials and biology, together with data to test them.",
          },
        ],
      ),
    ],
  },
  {
    slug: "special-edition-china-in-space-2025",
    title: "Special Edition – China in Space, 2025",
    summary:
      "A special edition on a busy year in Chinese spaceflight: a station in steady use, a Moon programme on schedule, an asteroid probe on its way and reusable rockets at the threshold of orbit.",
    publishedAt: "2025-12-04T08:00:00Z",
    status: "published",
    categories: ["space", "china", "future"],
    authorSlug: "mei-lin-hartmann",
    cover: cover("special-2025-space", "Abstract cover: a dark planet circled by fine orbits on a gold ground, with a small pale moon"),
    sections: [
      story(
        "A station in steady use",
        "Tiangong settles into a rhythm of crews and experiments",
        "https://example.com/space/tiangong-year-in-review",
        "Tiangong completed another year of crew rotations and experiments, from the artificial photosynthesis work we covered in February to biology, materials science and fluid physics. The station is now as much a laboratory as a symbol, and China has invited researchers from other countries to propose experiments.",
      ),
      story(
        "The road to the Moon",
        "Lander, spacesuit and heavy-rocket tests line up for a crewed landing",
        "https://example.org/space/crewed-moon-programme-2025",
        "Key parts of the crewed lunar programme passed tests this year, among them a landing-and-take-off trial of the lander and engine firings for the new heavy rocket. The goal remains a landing before 2030, with robotic missions to the Moon's south pole planned before then.",
      ),
      story(
        "Samples from far away",
        "After the Moon's far side, an asteroid is next",
        "https://example.com/space/sample-return-missions",
        "Research on the far-side lunar samples kept producing new findings about the Moon's history, while Tianwen-2 cruised towards its asteroid. Sample return has become one of China's strengths in planetary science, with Mars next on the list towards the end of the decade.",
      ),
      story(
        "Rockets that come back",
        "Reusable boosters move from short hops to orbital attempts",
        "https://example.org/space/reusable-launchers-2025",
        "Commercial launch companies moved from short hops to orbital flights with recovery attempts. Reuse is the key to cheaper access to space, and China's large satellite constellations will depend on it.",
      ),
    ],
  },
  {
    slug: "chinese-innovation-news-november-2025",
    title: "Chinese Innovation News – November 2025",
    summary:
      "In this edition: notes from our November tour through Shanghai and Beijing, factories where robots do more of the work, and AI that increasingly lives inside hardware, plus a roundup of the month's AI news.",
    publishedAt: "2025-12-16T08:00:00Z",
    status: "published",
    categories: ["china", "future", "generative-ai"],
    authorSlug: "mei-lin-hartmann",
    cover: cover("2025-11", "Abstract cover: layered teal hills under a terracotta sun on a light sand ground"),
    sections: [
      story(
        "Notes from Shanghai and Beijing",
        "What a week inside Chinese companies taught our travellers",
        "https://example.com/tours/chinas-next-miracle/notes",
        "In November we spent a week with a group of leadership teams in Shanghai and Beijing, visiting carmakers, robotics start-ups, AI labs and a few places in between. What stayed with most of them was not a single product but a rhythm: ideas tested in weeks, suppliers a short drive away, and teams that ship first and polish later.",
        "The other lesson was humility. Many of the companies we met are barely known abroad, and several already lead their niche.",
      ),
      story(
        "Factories where robots do more of the work",
        "Highly automated lines and humanoid pilots share the same company",
        "https://example.com/tours/notes-factories",
        "Some of the plants we saw run long stretches of their lines with very few people on the floor, while elsewhere in the same company humanoid robots are tried out on tasks that are hard to automate. The combination is deliberate: automate what is stable, and experiment where the work still changes.",
      ),
      story(
        "Where AI meets hardware",
        "Model makers and device makers work ever more closely together",
        "https://example.com/tours/notes-ai-hardware",
        "In both cities, the most interesting AI work we saw sat close to hardware: models built into cars, glasses, phones and robots, rather than offered as a chat window. The distance between a research result and a product on a shelf is short, and getting shorter.",
      ),
      roundup(
        "AI in brief",
        "More open models, AI in public services and cheaper inference",
        "https://example.com/ai/brief-november-2025",
        "",
        [
          {
            title: "Open models keep coming",
            sourceUrl: "https://example.com/ai/open-models-november",
            body: "Chinese labs released another round of open-weight models, with a focus on long documents and agent tasks.",
          },
          {
            title: "AI in public services",
            sourceUrl: "https://example.org/ai/public-services",
            body: "More city governments use AI assistants for enquiries and paperwork, and publish rules on how they may be used.",
          },
          {
            title: "Cheaper inference on domestic chips",
            sourceUrl: "https://example.org/ai/inference-costs",
            body: "Providers report falling costs for running models on domestic accelerators as the software around them matures.",
          },
        ],
      ),
      {
        kind: "callout",
        title: "Join us on the next tour",
        body: paras(
          "Our next study tours go to Shenzhen and Hangzhou, where hardware and AI meet, and across the Greater Bay Area.",
          "- Small groups and prepared visits\n- Meetings with founders and engineers, not only sales teams\n- A debrief that turns impressions into a plan",
          "[See upcoming tours](https://example.com/tours)",
        ),
      },
    ],
  },
  {
    slug: "draft-chinese-innovation-news-december-2025",
    title: "Chinese Innovation News – December 2025",
    summary: "In this edition: five trends that shaped 2025, what to watch in 2026, and a roundup of the month's AI news.",
    publishedAt: "2026-01-15T08:00:00Z",
    status: "draft",
    categories: ["china", "generative-ai", "mobility"],
    authorSlug: "mei-lin-hartmann",
    cover: cover("2025-12", "Abstract cover: concentric rings on an olive ground, crossed by a gold arc"),
    sections: [
      story(
        "Five trends that shaped 2025",
        "Open models, humanoids, batteries, space and chips: the year in review",
        "https://example.com/news/year-in-review-2025",
        "Open-weight models, humanoid robots, faster-charging batteries, a busy year in space and the push for home-grown chips.",
        "_Editor's note: this section is a draft. Add a paragraph per trend and link the issues where we covered it._",
      ),
      story(
        "What to watch in 2026",
        "Solid-state pilots, crewed lunar tests and agents in everyday apps",
        "https://example.com/news/what-to-watch-2026",
        "Notes so far: solid-state battery pilot lines, the next round of lunar tests, agents inside everyday apps.",
      ),
      roundup("AI in brief", "Items to be confirmed", "https://example.com/ai/brief-december-2025", "", [
        { title: "Placeholder: open model releases", body: "To be written once the month is over." },
      ]),
    ],
  },
];

/** All demo issues, oldest first. Exactly one is a draft that no reader page may show. */
export const demoIssues: DemoIssue[] = companions;
